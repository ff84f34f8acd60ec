using KnowledgePay.WeChatSimulator.Protocol.Pay;
using KnowledgePay.WeChatSimulator.State.Pay;

namespace KnowledgePay.WeChatSimulator.Endpoints.Pay;

/// <summary>What both transaction queries answer: the mchid query parameter must be the caller's, then the Transaction or 404.</summary>
internal static class TransactionAnswer
{
    public static IResult For(string? mchId, PayKeyring keyring, Func<SimulatedTransaction?> find)
    {
        if (string.IsNullOrEmpty(mchId))
        {
            return PayResults.Error(PayErrors.QueryParamError("mchid", "此字段为必填项"));
        }
        if (mchId != keyring.MchId)
        {
            return PayResults.Error(PayErrors.QueryParamError("mchid", "商户号与请求头中的商户号不一致"));
        }
        return find() is { } transaction
            ? PayResults.Ok(TransactionResource.From(transaction))
            : PayResults.Error(PayErrors.OrderNotExist());
    }
}
