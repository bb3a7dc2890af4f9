using Justice.Api;

namespace Justice.Training.Tests;

/// <summary>The characters no text may hold, as the shared text rule refuses them.</summary>
public sealed class InvisibleCharactersTests
{
    [Theory]
    [InlineData("Мария\u0000")]          // NUL: PostgreSQL text cannot hold it
    [InlineData("Обучение\u202Efdp.exe")] // right-to-left override: reorders what is printed
    [InlineData("\u2067Видин\u2069")]     // right-to-left isolate
    [InlineData("Ана\u200BМария")]        // zero-width space
    [InlineData("\uFEFFСъд")]             // byte-order mark
    [InlineData("Съд\u00AD")]             // soft hyphen
    [InlineData("Съд\U000E0001")]         // language tag, outside the BMP
    [InlineData("ред\nред")]              // a line break in a one-line text
    public void Refused(string text) => Assert.True(InvisibleCharacters.Any(text));

    [Fact]
    public void A_lone_surrogate_is_refused() => Assert.True(InvisibleCharacters.Any("Съд" + (char)0xD800)); // built here: attribute data would mend it

    [Theory]
    [InlineData("Правосъдие, приятел на детето – Видин")]
    [InlineData("\u0915\u094D\u200D\u0937")] // Devanagari with the zero-width joiner it spells with
    [InlineData("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")] // Persian with the zero-width non-joiner
    [InlineData("Café déjà vu 👩‍⚖️")]         // an emoji sequence: surrogate pairs and ZWJ
    [InlineData("")]
    public void Allowed(string text) => Assert.False(InvisibleCharacters.Any(text));
}
