using System.Text;

namespace Sightline.Tests.Support;

/// <summary>Edits a copy of an OFAC CSV file line by line, keeping its encoding, CRLF line ends and 0x1A end byte.</summary>
public static class OfacFiles
{
    private static Encoding Cp1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    public static void EditLines(string path, Func<List<string>, IEnumerable<string>> edit)
    {
        var text = File.ReadAllText(path, Cp1252).TrimEnd('\u001a');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        File.WriteAllText(path, string.Join("", edit(lines).Select(l => l + "\r\n")) + "\u001a", Cp1252);
    }
}
