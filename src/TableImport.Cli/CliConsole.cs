namespace TableImport.Cli;

/// <summary>
/// Where the tool writes and whether a person is there: the process's console, or writers a test hands in. Tables,
/// colours and a progress bar only when the output is a terminal; a question only when the input is one.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, bool outputIsTerminal, bool inputIsTerminal, Func<string?> readLine)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public bool OutputIsTerminal { get; } = outputIsTerminal;

    public bool InputIsTerminal { get; } = inputIsTerminal;

    public string? ReadLine() => readLine();

    public static CliConsole FromProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsInputRedirected, Console.ReadLine);

    /// <summary>A console with no person: output to <paramref name="output"/>, errors to <paramref name="error"/>, nothing to read.</summary>
    public static CliConsole Captured(TextWriter output, TextWriter error) => new(output, error, false, false, () => null);
}
