namespace KnowledgePay.Recommender.Training;

/// <summary>
/// Trains two independent parts at once: <c>beside</c> on the thread pool while <c>main</c> runs on the caller. Each part
/// runs on every core where it can; side by side, one part's single-threaded stretches leave the other the idle core.
/// </summary>
internal static class SideBySide
{
    public static (TMain Main, TBeside Beside) Train<TMain, TBeside>(Func<TMain> main, Func<TBeside> beside, CancellationToken cancellationToken)
    {
        var besideTask = Task.Run(beside, cancellationToken);
        TMain mainResult;
        try
        {
            mainResult = main();
        }
        catch
        {
            // No part of a failed training may go on running after it; the main part's failure is the one reported.
            try
            {
                besideTask.Wait(CancellationToken.None);
            }
            catch (AggregateException)
            {
            }

            throw;
        }

        return (mainResult, besideTask.GetAwaiter().GetResult());
    }
}
