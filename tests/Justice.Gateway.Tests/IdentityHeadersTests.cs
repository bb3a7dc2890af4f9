using Microsoft.AspNetCore.Http;

namespace Justice.Gateway.Tests;

/// <summary>The gateway's wall against spoofed identities: no client-made identity header goes further.</summary>
public sealed class IdentityHeadersTests
{
    [Theory]
    [InlineData("X-User-Id")]
    [InlineData("x-user-role")]
    [InlineData("X-Region")]
    [InlineData("X-Forwarded-User")]
    [InlineData("X-Forwarded-Email")]
    [InlineData("X-Remote-User")]
    [InlineData("X-Auth-Request-User")]
    public async Task A_spoofed_identity_header_never_reaches_a_service(string header)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers[header] = "national-admin";
        context.Request.Headers.Authorization = "Bearer token";
        context.Request.Headers["X-Correlation-Id"] = "abc";
        IHeaderDictionary? forwarded = null;

        await new IdentityHeaders(next => { forwarded = next.Request.Headers; return Task.CompletedTask; }).InvokeAsync(context);

        Assert.NotNull(forwarded);
        Assert.False(forwarded.ContainsKey(header));
        Assert.Equal("Bearer token", forwarded.Authorization.ToString());
        Assert.Equal("abc", forwarded["X-Correlation-Id"].ToString());
    }
}
