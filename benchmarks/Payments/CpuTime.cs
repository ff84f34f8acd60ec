using System.ComponentModel;
using System.Diagnostics;

namespace KnowledgePay.Payments;

/// <summary>
/// CPU time used so far by the product, the PostgreSQL server processes and this harness (load generator and
/// simulator), so a round can say where each notification's CPU went even on a machine shared with other work.
/// </summary>
internal sealed record CpuTime(TimeSpan Product, TimeSpan PostgreSql, TimeSpan Harness)
{
    private const string PostgresCommand = "postgres";

    public static CpuTime Of(Process product) => new(
        product.TotalProcessorTime, PostgresServerTime(), Process.GetCurrentProcess().TotalProcessorTime);

    public static CpuTime operator -(CpuTime after, CpuTime before) =>
        new(after.Product - before.Product, after.PostgreSql - before.PostgreSql, after.Harness - before.Harness);

    /// <summary>utime + stime of every live process named postgres, from <c>/proc/&lt;pid&gt;/stat</c>.</summary>
    private static TimeSpan PostgresServerTime()
    {
        var ticks = 0L;
        foreach (var process in Process.GetProcessesByName(PostgresCommand))
        {
            using (process)
            {
                try
                {
                    ticks += process.TotalProcessorTime.Ticks;
                }
                catch (Exception exception) when (exception is InvalidOperationException or Win32Exception)
                {
                    // The backend ended between listing and reading (Linux reports that as a Win32Exception).
                }
            }
        }

        return TimeSpan.FromTicks(ticks);
    }
}
