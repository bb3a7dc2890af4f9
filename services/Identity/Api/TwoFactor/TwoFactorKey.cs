namespace Justice.Identity.Api.TwoFactor;

/// <param name="SharedKey">The key in Base32, for typing into an authenticator app.</param>
/// <param name="AuthenticatorUri">The same key as an <c>otpauth://</c> URI, for a QR code.</param>
public sealed record TwoFactorKey(string SharedKey, string AuthenticatorUri);
