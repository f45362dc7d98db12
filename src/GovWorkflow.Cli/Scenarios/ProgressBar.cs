namespace GovWorkflow.Cli.Scenarios;

/// <summary>A text progress bar on standard error, redrawn at each percent so that it costs nothing per run.</summary>
internal sealed class ProgressBar(TextWriter error, int total) : IProgress<int>
{
    private const int Width = 30;
    private int shownPercent = -1;

    public void Report(int value)
    {
        var percent = (int)(100L * value / total);
        if (percent == shownPercent)
        {
            return;
        }

        shownPercent = percent;
        var filled = Width * percent / 100;
        error.Write($"\r模拟 [{new string('#', filled)}{new string('.', Width - filled)}] {value}/{total}");
    }

    public void Finish() => error.WriteLine();
}
