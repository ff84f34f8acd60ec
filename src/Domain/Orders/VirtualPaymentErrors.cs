using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Orders;

/// <summary>Why an order cannot be paid with WeChat Virtual Payment; the codes are API contract.</summary>
public static class VirtualPaymentErrors
{
    public const string NoProductForPriceCode = "VIRTUAL_PAYMENT_NO_PRODUCT";
    public const string LoginRequiredCode = "VIRTUAL_PAYMENT_LOGIN_REQUIRED";

    /// <summary>Virtual Payment sells only goods configured in MP admin, each at a fixed price; none has this price.</summary>
    public static DomainException NoProductForPrice(long amountFen) =>
        new(NoProductForPriceCode, $"No Virtual Payment product is priced at {amountFen} fen; pay this order another way.");

    /// <summary>The payment is signed with the buyer's current WeChat session key, which the server does not hold.</summary>
    public static DomainException LoginRequired() =>
        new(LoginRequiredCode, "Sign in again (wx.login) before paying with Virtual Payment.");
}
