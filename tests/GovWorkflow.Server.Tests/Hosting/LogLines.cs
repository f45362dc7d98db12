using Microsoft.Extensions.Logging;

namespace GovWorkflow.Server.Tests.Hosting;

/// <summary>Keeps every log line a server writes, to assert on what it tells operators.</summary>
public sealed class LogLines : ILoggerProvider, ILogger
{
    private readonly List<string> lines = [];

    public IReadOnlyList<string> All
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            lock (lines)
            {
                lines.Add($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }

    public void Dispose()
    {
    }
}
