namespace TableImport.Emulator;

/// <summary>
/// Command line: <c>dotnet run --project src/TableImport.Emulator -- --urls http://127.0.0.1:5080 [--api-key KEY] [--data-file PATH] [--warehouse FILE.duckdb] [--graphql-schema proven|known]</c>;
/// <c>--name=value</c> works too, and an unknown option stops the emulator (see <see cref="EmulatorCommandLine"/>).
/// <c>tableimport emulator</c> runs the same code.
/// </summary>
internal static class Program
{
    private static Task<int> Main(string[] args) => EmulatorCommandLine.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}
