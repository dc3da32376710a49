namespace Sightline.Cli;

/// <summary>The standard streams one in-process run of a command uses instead of the process's own: text written to
/// standard output or error, and the bytes it reads as standard input (empty when null).</summary>
public sealed record CommandStreams(TextWriter Output, TextWriter Error, Stream? Input = null);
