using System.Security.Cryptography;
using Justice.Assessment.Protection;

namespace Justice.Assessment.Tests.Protection;

public sealed class FieldProtectorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"field-keys-{Guid.NewGuid():N}");

    [Fact]
    public void A_field_decrypts_only_in_its_own_row_and_field()
    {
        var protector = new FieldProtector(new FieldKeys(_directory));
        var row = Guid.NewGuid();
        var sealedText = protector.Encrypt(row, "FullName", "Иван Иванов")!;

        Assert.Equal("Иван Иванов", protector.Decrypt(row, "FullName", sealedText));
        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(Guid.NewGuid(), "FullName", sealedText));
        Assert.ThrowsAny<CryptographicException>(() => protector.Decrypt(row, "Notes", sealedText));
    }

    [Fact]
    public void The_same_text_encrypts_differently_each_time()
    {
        var protector = new FieldProtector(new FieldKeys(_directory));
        var row = Guid.NewGuid();
        Assert.NotEqual(protector.Encrypt(row, "Notes", "a"), protector.Encrypt(row, "Notes", "a"));
    }

    [Fact]
    public void Keys_outlive_the_process_in_private_files_and_the_lookup_hash_is_stable()
    {
        var first = new FieldKeys(_directory);
        var sealedText = new FieldProtector(first).Encrypt(Guid.Empty, "Notes", "бележка")!;
        var lookup = new FieldProtector(first).LookupHash("7501010010");

        var again = new FieldProtector(new FieldKeys(_directory));

        Assert.Equal("бележка", again.Decrypt(Guid.Empty, "Notes", sealedText));
        Assert.Equal(lookup, again.LookupHash("7501010010"));
        Assert.NotEqual(lookup, again.LookupHash("8802294567"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_directory));
            foreach (var file in Directory.GetFiles(_directory))
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }
    }

    [Fact]
    public void A_row_under_a_key_that_is_gone_does_not_read()
    {
        var keys = new FieldKeys(_directory);
        var sealedText = new FieldProtector(keys).Encrypt(Guid.Empty, "Notes", "x")!;
        File.Delete(Path.Combine(_directory, "field-0001.key"));
        keys.AddKey();

        Assert.ThrowsAny<CryptographicException>(() => new FieldProtector(new FieldKeys(_directory)).Decrypt(Guid.Empty, "Notes", sealedText));
    }

    [Fact]
    public void A_key_another_instance_added_to_the_directory_is_found_when_a_row_needs_it()
    {
        var reader = new FieldProtector(new FieldKeys(_directory));
        var rotator = new FieldKeys(_directory);
        rotator.AddKey();
        var sealedText = new FieldProtector(rotator).Encrypt(Guid.Empty, "Notes", "след ротация")!;

        Assert.Equal(2, FieldProtector.KeyIdOf(sealedText));
        Assert.Equal("след ротация", reader.Decrypt(Guid.Empty, "Notes", sealedText));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
