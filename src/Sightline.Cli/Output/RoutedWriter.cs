using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Sightline.Cli.Output;

/// <summary>A writer that passes everything to the writer <paramref name="target"/> names at the time of each call.</summary>
internal sealed class RoutedWriter(Func<TextWriter> target) : TextWriter
{
    public override Encoding Encoding => target().Encoding;
    public override IFormatProvider FormatProvider => target().FormatProvider;
    [AllowNull]
    public override string NewLine { get => target().NewLine; set => target().NewLine = value; }

    public override void Write(char value) => target().Write(value);
    public override void Write(string? value) => target().Write(value);
    public override void Write(char[] buffer, int index, int count) => target().Write(buffer, index, count);
    public override void Write(ReadOnlySpan<char> buffer) => target().Write(buffer);
    public override void WriteLine() => target().WriteLine();
    public override void WriteLine(string? value) => target().WriteLine(value);
    public override void WriteLine(ReadOnlySpan<char> buffer) => target().WriteLine(buffer);
    public override void Flush() => target().Flush();
    public override Task FlushAsync() => target().FlushAsync();
}
