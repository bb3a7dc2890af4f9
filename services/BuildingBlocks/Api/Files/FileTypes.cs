using System.IO.Compression;
using System.Text;
using System.Xml;
using Justice.ServiceDefaults.Http;

namespace Justice.Api.Files;

/// <summary>
/// Decides a file's type from its bytes, never from its name or the type the client claims: a PDF starts with
/// <c>%PDF-</c>; a DOCX or PPTX is a ZIP package whose main part is a Word document or a presentation (and not a
/// macro-enabled one); an MP4 is an ISO media file with an MP4 brand. The file name's extension must agree, and each
/// use says which of the types it takes (Training's materials all four, Network's minutes PDF and DOCX).
/// </summary>
public static class FileTypes
{
    public static readonly FileType Pdf = new("PDF", ".pdf", "application/pdf");
    public static readonly FileType Docx = new("DOCX", ".docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    public static readonly FileType Pptx = new("PPTX", ".pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    public static readonly FileType Mp4 = new("MP4", ".mp4", "video/mp4");

    /// <summary>Every type a file may be found to be.</summary>
    public static readonly IReadOnlyList<FileType> All = [Pdf, Docx, Pptx, Mp4];

    // ISO base media brands of MP4 files (ISO/IEC 14496-12 and -14, and the common encoder brands).
    private static readonly HashSet<string> Mp4Brands = new(StringComparer.Ordinal)
    {
        "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "mp71", "avc1", "M4V ", "M4VH", "M4VP", "dash", "MSNV", "NDAS",
    };

    // The content type of the main part, from the package's [Content_Types].xml: the plain document, never its
    // macro-enabled or template cousins.
    private const string WordMainPart = "/word/document.xml";
    private const string WordMainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string PresentationMainPart = "/ppt/presentation.xml";
    private const string PresentationMainType = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";
    private const long MaxContentTypesBytes = 1024 * 1024;

    /// <summary>What an empty file is refused with, in the reader's language.</summary>
    public static string Empty => ReaderLanguage.Pick("Файлът е празен.", "The file is empty.", "Le fichier est vide.");

    /// <summary>
    /// The type of <paramref name="content"/>, provided it is one of <paramref name="allowed"/> and
    /// <paramref name="fileName"/> has that type's extension; otherwise why not, in the reader's language.
    /// </summary>
    public static FileCheck Check(string fileName, byte[] content, IReadOnlyList<FileType> allowed)
    {
        var names = string.Join(", ", allowed.Select(t => t.Name));
        var declared = allowed.FirstOrDefault(t => string.Equals(Path.GetExtension(fileName), t.Extension, StringComparison.OrdinalIgnoreCase));
        if (declared is null)
        {
            var extensions = string.Join(", ", allowed.Select(t => t.Extension));
            return FileCheck.Refused(ReaderLanguage.Pick(
                $"Позволени файлове: {names} (името трябва да завършва на {extensions}).",
                $"Allowed files: {names} (the name must end in {extensions}).",
                $"Fichiers autorisés : {names} (le nom doit se terminer par {extensions})."));
        }
        if (content.Length == 0)
        {
            return FileCheck.Refused(Empty);
        }
        var sniffed = Sniff(content);
        if (sniffed is null)
        {
            return FileCheck.Refused(ReaderLanguage.Pick(
                $"Съдържанието не е файл {names}.", $"The content is not a {names} file.", $"Le contenu n'est pas un fichier {names}."));
        }
        return sniffed == declared
            ? new FileCheck(sniffed, null)
            : FileCheck.Refused(ReaderLanguage.Pick(
                $"Съдържанието е файл {sniffed.Name}, но името завършва на {declared.Extension}.",
                $"The content is a {sniffed.Name} file, but the name ends in {declared.Extension}.",
                $"Le contenu est un fichier {sniffed.Name}, mais le nom se termine par {declared.Extension}."));
    }

    /// <summary>Which of <see cref="All"/> the bytes are, or null when they are none of them.</summary>
    public static FileType? Sniff(byte[] content)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }
        if (bytes.StartsWith("PK\x03\x04"u8))
        {
            return OfficePackage(content);
        }
        return IsMp4(bytes) ? Mp4 : null;
    }

    private static bool IsMp4(ReadOnlySpan<byte> bytes)
    {
        // The first box is "ftyp": size (4 bytes, big-endian), type, major brand, minor version, compatible brands.
        if (bytes.Length < 16 || !bytes[4..8].SequenceEqual("ftyp"u8))
        {
            return false;
        }
        var size = (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes);
        if (size < 16 || size > bytes.Length || size % 4 != 0)
        {
            return false;
        }
        var major = Encoding.ASCII.GetString(bytes[8..12]);
        if (major == "qt  ")
        {
            return false; // QuickTime, not MP4
        }
        if (Mp4Brands.Contains(major))
        {
            return true;
        }
        for (var offset = 16; offset + 4 <= size; offset += 4)
        {
            if (Mp4Brands.Contains(Encoding.ASCII.GetString(bytes[offset..(offset + 4)])))
            {
                return true;
            }
        }
        return false;
    }

    private static FileType? OfficePackage(byte[] content)
    {
        try
        {
            // Reading the central directory decompresses nothing; only [Content_Types].xml is read, and only so far.
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            {
                return null; // macros
            }
            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null || types.Length > MaxContentTypesBytes)
            {
                return null;
            }
            var overrides = ReadOverrides(types);
            var isWord = zip.GetEntry(WordMainPart[1..]) is not null
                && overrides.TryGetValue(WordMainPart, out var wordType) && wordType == WordMainType;
            var isPresentation = zip.GetEntry(PresentationMainPart[1..]) is not null
                && overrides.TryGetValue(PresentationMainPart, out var presentationType) && presentationType == PresentationMainType;
            return (isWord, isPresentation) switch
            {
                (true, false) => Docx,
                (false, true) => Pptx,
                _ => null,
            };
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return null; // a truncated or damaged archive
        }
    }

    private static Dictionary<string, string> ReadOverrides(ZipArchiveEntry entry)
    {
        var overrides = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Override"
                && reader.GetAttribute("PartName") is { } part && reader.GetAttribute("ContentType") is { } type)
            {
                overrides[part] = type;
            }
        }
        return overrides;
    }
}
