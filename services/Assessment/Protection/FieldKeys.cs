using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;

namespace Justice.Assessment.Protection;

/// <summary>
/// The keys that protect victims' personal fields, kept in files outside the database (<c>Assessment:KeysPath</c>):
/// numbered AES-256 keys (<c>field-0001.key</c>, …; the highest encrypts new writes, every one still decrypts) and one
/// HMAC key for the national id lookup column. Made on first start, the directory 0700 and each file 0600.
/// </summary>
public sealed class FieldKeys
{
    private const string LookupFile = "lookup.key";
    private const int KeyBytes = 32;
    private readonly string _directory;
    private readonly Lock _gate = new();
    private ImmutableSortedDictionary<int, byte[]> _keys;

    public FieldKeys(string directory)
    {
        _directory = directory;
        if (!Directory.Exists(directory))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(directory);
            }
            else
            {
                Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        LookupKey = File.Exists(Path.Combine(directory, LookupFile)) ? Read(LookupFile) : Write(LookupFile);
        _keys = Load();
        if (_keys.IsEmpty)
        {
            AddKey();
        }
    }

    /// <summary>The key of the keyed hash that finds a victim by national id.</summary>
    public byte[] LookupKey { get; }

    /// <summary>The number of the key new writes use.</summary>
    public int CurrentId => _keys.Keys.Max();

    /// <summary>
    /// The key numbered <paramref name="id"/>. One this instance has not seen (another instance sharing the directory
    /// rotated) is read from the directory; throws if it is not there (a row under it could not be read).
    /// </summary>
    public byte[] Get(int id)
    {
        if (_keys.TryGetValue(id, out var key))
        {
            return key;
        }
        lock (_gate)
        {
            _keys = Load();
        }
        return _keys.TryGetValue(id, out key) ? key : throw new CryptographicException($"Field key {id} is not in the key directory.");
    }

    /// <summary>Makes a new key, which from now on encrypts new writes; returns its number.</summary>
    public int AddKey()
    {
        lock (_gate)
        {
            var id = _keys.IsEmpty ? 1 : _keys.Keys.Max() + 1;
            _keys = _keys.Add(id, Write(FileOf(id)));
            return id;
        }
    }

    /// <summary>
    /// Reads the directory again, so a key the operators added (a file in a mounted Secret, say) becomes the one new
    /// writes use; returns the current key's number.
    /// </summary>
    public int Reload()
    {
        lock (_gate)
        {
            _keys = Load();
            return CurrentId;
        }
    }

    private ImmutableSortedDictionary<int, byte[]> Load() => Directory.GetFiles(_directory, "field-*.key")
        .Select(path => Path.GetFileName(path))
        .ToImmutableSortedDictionary(name => int.Parse(name[6..^4], CultureInfo.InvariantCulture), Read);

    private static string FileOf(int id) => $"field-{id.ToString("D4", CultureInfo.InvariantCulture)}.key";

    private byte[] Read(string name) => Convert.FromBase64String(File.ReadAllText(Path.Combine(_directory, name)).Trim());

    private byte[] Write(string name)
    {
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        var path = Path.Combine(_directory, name);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var file = new FileStream(path, options))
        using (var writer = new StreamWriter(file))
        {
            writer.Write(Convert.ToBase64String(key));
        }
        return key;
    }
}
