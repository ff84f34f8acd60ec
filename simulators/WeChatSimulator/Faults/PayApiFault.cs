using KnowledgePay.WeChatSimulator.Protocol.Pay;

namespace KnowledgePay.WeChatSimulator.Faults;

/// <summary>How one WeChat Pay API call misbehaves (simulators/WeChatSimulator/README.md); <see cref="Status"/> only for <c>status</c>.</summary>
internal sealed record PayApiFault(string Kind, int? Status = null)
{
    public const string StatusKind = "status";
    public const string Timeout = "timeout";
    public const string Reset = "reset";
    public const string CommitThenTimeout = "commitThenTimeout";
    public const string UnsignedSuccess = "unsignedSuccess";
    public const string BadResponseSignature = "badResponseSignature";
    public const string ProbeResponse = "probeResponse";
    public const string CloseRace = "closeRace";
    public const string RefundNotEnough = "refundNotEnough";
    public const string RefundAbnormal = "refundAbnormal";
    public const string RefundClosed = "refundClosed";

    private static readonly string[] AnyApi =
        [StatusKind, Timeout, Reset, CommitThenTimeout, UnsignedSuccess, BadResponseSignature, ProbeResponse];

    private static Dictionary<string, string[]> OnlyFor { get; } = new(StringComparer.Ordinal)
    {
        [PayApi.Close] = [CloseRace],
        [PayApi.Refund] = [RefundNotEnough, RefundAbnormal, RefundClosed],
    };

    /// <summary>The fault if <paramref name="api"/> can produce it, else null.</summary>
    public static PayApiFault? Create(string api, string kind, int? status)
    {
        if (!PayApi.All.Contains(api))
        {
            return null;
        }
        if (kind == StatusKind)
        {
            return status is { } code && PayErrors.ForArmedStatus(code) is not null ? new PayApiFault(kind, code) : null;
        }
        var allowed = AnyApi.Contains(kind) || (OnlyFor.TryGetValue(api, out var own) && own.Contains(kind));
        return allowed && status is null ? new PayApiFault(kind) : null;
    }
}
