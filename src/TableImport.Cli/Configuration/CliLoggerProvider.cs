using Microsoft.Extensions.Logging;

namespace TableImport.Cli.Configuration;

/// <summary>Log lines on the tool's error stream, one per line, with the key redacted should anything ever echo it.</summary>
internal sealed class CliLoggerProvider(TextWriter error, string? apiKey) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string message)
    {
        if (!string.IsNullOrEmpty(apiKey))
        {
            message = message.Replace(apiKey, "***", StringComparison.Ordinal);
        }

        var prefix = level switch
        {
            >= LogLevel.Error => "error: ",
            LogLevel.Warning => "warning: ",
            _ => "",
        };
        lock (error)
        {
            error.WriteLine(prefix + message);
        }
    }

    private sealed class Logger(CliLoggerProvider provider) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => provider.Write(logLevel, formatter(state, exception));
    }
}
