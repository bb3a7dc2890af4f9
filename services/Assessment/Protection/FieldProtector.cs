using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Justice.Assessment.Protection;

/// <summary>
/// Encrypts one personal field with AES-256-GCM under the current <see cref="FieldKeys"/> key, with the row's id and
/// the field's name as associated data, so a cipher text moved to another row or field no longer decrypts.
/// Layout: key number (4 bytes, big-endian) · nonce (12) · tag (16) · cipher text.
/// </summary>
public sealed class FieldProtector(FieldKeys keys)
{
    private const int HeaderBytes = 4 + NonceBytes + TagBytes;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public int CurrentKeyId => keys.CurrentId;

    public byte[]? Encrypt(Guid rowId, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }
        var plain = Encoding.UTF8.GetBytes(text);
        var sealedText = new byte[HeaderBytes + plain.Length];
        var keyId = keys.CurrentId;
        BinaryPrimitives.WriteInt32BigEndian(sealedText, keyId);
        var nonce = sealedText.AsSpan(4, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(keys.Get(keyId), TagBytes);
        aes.Encrypt(nonce, plain, sealedText.AsSpan(HeaderBytes), sealedText.AsSpan(4 + NonceBytes, TagBytes), AssociatedData(rowId, field));
        return sealedText;
    }

    public string? Decrypt(Guid rowId, string field, byte[]? sealedText)
    {
        if (sealedText is null)
        {
            return null;
        }
        var plain = new byte[sealedText.Length - HeaderBytes];
        using var aes = new AesGcm(keys.Get(KeyIdOf(sealedText)), TagBytes);
        aes.Decrypt(sealedText.AsSpan(4, NonceBytes), sealedText.AsSpan(HeaderBytes), sealedText.AsSpan(4 + NonceBytes, TagBytes), plain,
            AssociatedData(rowId, field));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The number of the key a cipher text was made with.</summary>
    public static int KeyIdOf(byte[] sealedText) => BinaryPrimitives.ReadInt32BigEndian(sealedText);

    /// <summary>The keyed hash (HMAC-SHA256) of a national id, for exact-match lookup; the clear value is never stored.</summary>
    public byte[] LookupHash(string nationalId) => HMACSHA256.HashData(keys.LookupKey, Encoding.UTF8.GetBytes(nationalId));

    private static byte[] AssociatedData(Guid rowId, string field) => Encoding.UTF8.GetBytes($"{rowId:N}/{field}");
}
