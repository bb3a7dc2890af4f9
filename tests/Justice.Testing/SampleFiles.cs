using System.IO.Compression;
using System.Text;

namespace Justice.Testing;

/// <summary>Tiny but well-formed files of each type an upload may be, and look-alikes that are not.</summary>
public static class SampleFiles
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n");

    public static byte[] Docx() => OfficePackage("word/document.xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");

    public static byte[] Pptx() => OfficePackage("ppt/presentation.xml",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
        "<p:presentation xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\"/>");

    /// <summary>A Word document with macros (.docm): the same part, another content type.</summary>
    public static byte[] Docm() => OfficePackage("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml",
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>");

    /// <summary>A ZIP archive that is no Office document.</summary>
    public static byte[] Zip() => Archive(("readme.txt", "Здравей"));

    /// <summary>An MP4 file's start: an ftyp box (isom, compatible iso2/avc1/mp41), then an empty mdat box.</summary>
    public static byte[] Mp4(string brand = "isom")
    {
        using var stream = new MemoryStream();
        stream.Write([0, 0, 0, 0x20]);
        stream.Write(Encoding.ASCII.GetBytes($"ftyp{brand}"));
        stream.Write([0, 0, 2, 0]);
        stream.Write(Encoding.ASCII.GetBytes(brand == "qt  " ? "qt  qt  qt  qt  " : "isomiso2avc1mp41"));
        stream.Write([0, 0, 0, 8]);
        stream.Write(Encoding.ASCII.GetBytes("mdat"));
        return stream.ToArray();
    }

    /// <summary>The start of a Windows executable.</summary>
    public static byte[] Exe() => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

    /// <summary>A web page, which a browser would run if it were served as one.</summary>
    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>\n");

    public static byte[] Text() => Encoding.UTF8.GetBytes("Това не е PDF, а обикновен текст.\n");

    private static byte[] OfficePackage(string mainPart, string mainType, string mainXml) =>
        Archive(
            ("[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/{mainPart}\" ContentType=\"{mainType}\"/></Types>"),
            ("_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{mainPart}\"/>"
                + "</Relationships>"),
            (mainPart, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + mainXml));

    private static byte[] Archive(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return stream.ToArray();
    }
}
