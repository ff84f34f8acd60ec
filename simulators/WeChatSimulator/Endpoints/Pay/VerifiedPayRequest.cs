using KnowledgePay.WeChatSimulator.Faults;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary>A v3 request whose signature checked out: its raw body and the fault armed for this call, if any.</summary>
internal sealed record VerifiedPayRequest(byte[] Body, PayApiFault? Fault)
{
    private static readonly object Key = new();

    public static VerifiedPayRequest? Find(HttpContext context) =>
        context.Items.TryGetValue(Key, out var request) ? request as VerifiedPayRequest : null;

    public static VerifiedPayRequest Of(HttpContext context) =>
        Find(context) ?? throw new InvalidOperationException("The endpoint is missing its PayApiFilter.");

    public void AttachTo(HttpContext context) => context.Items[Key] = this;

    public bool HasFault(string kind) => Fault?.Kind == kind;
}
