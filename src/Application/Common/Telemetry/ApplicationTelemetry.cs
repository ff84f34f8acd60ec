using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KnowledgePay.Application.Common.Telemetry;

/// <summary>
/// The Application's spans and instruments, named <see cref="Name"/>; the host's OpenTelemetry set-up listens to that
/// name. Static like the <see cref="ActivitySource"/>s of the libraries it sits beside: without a listener they cost nothing.
/// </summary>
public static class ApplicationTelemetry
{
    public const string Name = "KnowledgePay.Application";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);
}
