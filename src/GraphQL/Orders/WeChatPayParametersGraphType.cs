using GraphQL.Types;
using KnowledgePay.Application.Common.Interfaces.Payments;

namespace KnowledgePay.GraphQL.Orders;

/// <summary>What the mini program passes to <c>wx.requestPayment</c>, field for field.</summary>
internal sealed class WeChatPayParametersGraphType : ObjectGraphType<JsapiPaymentParameters>
{
    public WeChatPayParametersGraphType()
    {
        Name = "WeChatPayParameters";
        Description = "The arguments of wx.requestPayment, signed by the server; pass them unchanged.";
        Field(p => p.AppId).Description("The mini program's appid.");
        Field(p => p.TimeStamp).Description("Unix seconds as text.");
        Field(p => p.NonceStr).Description("A random string.");
        Field(p => p.Package).Description("prepay_id=… from WeChat Pay.");
        Field(p => p.SignType).Description("Always RSA.");
        Field(p => p.PaySign).Description("The merchant's signature over appId, timeStamp, nonceStr and package.");
    }
}
