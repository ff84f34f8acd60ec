using System.Collections.ObjectModel;
using System.Diagnostics;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>
/// The finished spans of the app, as OpenTelemetry's in-memory exporter hands them over; background work adds to it while
/// a test reads, so both sides lock. A test picks its own request's spans by the trace id it sent in <c>traceparent</c>.
/// </summary>
public sealed class SpanCapture : Collection<Activity>
{
    private readonly Lock _lock = new();

    public IReadOnlyList<Activity> InTrace(ActivityTraceId traceId)
    {
        lock (_lock)
        {
            return this.Where(span => span.TraceId == traceId).ToList();
        }
    }

    /// <summary>The ids of <paramref name="span"/>'s parent, its parent's parent … as far as <paramref name="trace"/> holds them.</summary>
    public static IEnumerable<ActivitySpanId> Ancestors(Activity span, IReadOnlyList<Activity> trace)
    {
        for (var parent = trace.FirstOrDefault(s => s.SpanId == span.ParentSpanId); parent is not null;
             parent = trace.FirstOrDefault(s => s.SpanId == parent.ParentSpanId))
        {
            yield return parent.SpanId;
        }
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (_lock)
        {
            base.InsertItem(index, item);
        }
    }

    protected override void ClearItems()
    {
        lock (_lock)
        {
            base.ClearItems();
        }
    }
}
