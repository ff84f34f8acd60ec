using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Orders.Commands.CancelOrder;
using KnowledgePay.Application.Orders.Commands.Checkout;
using KnowledgePay.Application.Orders.Commands.CreateOrder;
using KnowledgePay.Application.Orders.Commands.IssueRefund;
using KnowledgePay.Application.Orders.Commands.RequestRefund;
using KnowledgePay.Application.Orders.Commands.SyncOrderPayment;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Application.Orders.Queries.GetOrder;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Mutations;
using KnowledgePay.GraphQL.Coupons;
using KnowledgePay.GraphQL.Gifts;
using KnowledgePay.GraphQL.GroupBuying;
using KnowledgePay.GraphQL.PaymentMethods;
using KnowledgePay.GraphQL.Pricing;
using KnowledgePay.GraphQL.Risk;
using KnowledgePay.GraphQL.Sales;
using KnowledgePay.GraphQL.Wallets;

namespace KnowledgePay.GraphQL.Orders;

/// <summary>Buying a course with WeChat Pay (createOrder → checkout → wx.requestPayment → syncOrderPayment) and refunds.</summary>
internal static class OrderMutations
{
    private static readonly (string, Type, string) Order =
        ("order", typeof(OrderGraphType), "The order after the change; null when errors is set.");

    private static readonly Type[] ProviderErrors =
        [typeof(PaymentProviderUnavailableErrorGraphType), typeof(PaymentRejectedErrorGraphType), typeof(ConflictErrorGraphType)];

    private static readonly Type[] RefundErrors =
    [
        typeof(NotFoundErrorGraphType), typeof(OrderNotRefundableErrorGraphType), typeof(RefundAmountInvalidErrorGraphType),
        typeof(RefundInProgressErrorGraphType), typeof(RefundLimitReachedErrorGraphType), typeof(RefundRejectedErrorGraphType),
        typeof(OrderLineNotFoundErrorGraphType), typeof(TopUpSpentErrorGraphType),
        .. ProviderErrors,
    ];

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<CreateOrderInputGraphType>(
                "createOrder",
                Order,
                typeof(NotFoundErrorGraphType),
                typeof(PurchaseNotOfferedErrorGraphType),
                typeof(CourseNotOnSaleErrorGraphType),
                typeof(CourseIsFreeErrorGraphType),
                typeof(CourseAlreadyOwnedErrorGraphType),
                typeof(OfferNotOnSaleErrorGraphType),
                typeof(OfferAlreadyOwnedErrorGraphType),
                typeof(PriceChangedErrorGraphType),
                typeof(CartEmptyErrorGraphType),
                typeof(CartTooManyLinesErrorGraphType),
                typeof(CartDuplicateLineErrorGraphType),
                typeof(CouponNotApplicableErrorGraphType),
                typeof(OrderNothingToPayErrorGraphType),
                typeof(CouponUnknownErrorGraphType),
                typeof(CouponExpiredErrorGraphType),
                typeof(CouponNewcomerOnlyErrorGraphType),
                typeof(CouponOutOfStockErrorGraphType),
                typeof(CouponPerUserLimitReachedErrorGraphType),
                typeof(CouponEndedErrorGraphType),
                typeof(CouponForeignErrorGraphType),
                typeof(CouponNotYetValidErrorGraphType),
                typeof(CouponUsedErrorGraphType),
                typeof(CouponInUseErrorGraphType),
                typeof(SaleEndedErrorGraphType),
                typeof(SaleSoldOutErrorGraphType),
                typeof(SaleLimitReachedErrorGraphType),
                typeof(OrderClientKeyReusedErrorGraphType),
                typeof(GroupBuyCartInvalidErrorGraphType),
                typeof(GroupBuyDealNotActiveErrorGraphType),
                typeof(GroupFullErrorGraphType),
                typeof(GroupExpiredErrorGraphType),
                typeof(GroupBuyAlreadyJoinedErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Signed-in learners: places a pending order for a cart at the price quote gives (pass its total as "
                + "expectedTotalFen). A retry with the same clientKey, or while an unexpired order for the same lines is "
                + "pending, returns that order. With groupBuy the one line opens or joins a group (拼团).")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CreateOrderCommand>("input")));

        mutation.MutationField<CheckoutInputGraphType>(
                "checkout",
                CheckoutFields,
                [
                    typeof(NotFoundErrorGraphType), typeof(OrderAlreadyPaidErrorGraphType), typeof(OrderClosedErrorGraphType),
                    typeof(OrderExpiredErrorGraphType), typeof(PaymentInProgressErrorGraphType),
                    typeof(PaymentMethodNotAllowedErrorGraphType), typeof(InsufficientBalanceErrorGraphType),
                    typeof(RecentLoginRequiredErrorGraphType), typeof(VirtualPaymentNoProductErrorGraphType),
                    typeof(VirtualPaymentLoginRequiredErrorGraphType), .. ProviderErrors,
                ])
            .Description("The buyer: pays the pending order with the chosen method. WECHAT_PAY and VIRTUAL_PAYMENT return the "
                + "signed wx.requestPayment / wx.requestVirtualPayment arguments (then poll syncOrderPayment until the order is "
                + "paid); BALANCE pays at once. Safe to repeat.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CheckoutCommand>("input")));

        mutation.MutationField<CancelOrderInputGraphType>(
                "cancelOrder",
                Order,
                [typeof(NotFoundErrorGraphType), typeof(OrderAlreadyPaidErrorGraphType), typeof(PaymentInProgressErrorGraphType), .. ProviderErrors])
            .Description("The buyer: gives up a pending order (closed at WeChat Pay first). If the payment won the race the "
                + "order is paid instead and the answer is OrderAlreadyPaidError.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CancelOrderCommand>("input")));

        mutation.MutationField<SyncOrderPaymentInputGraphType>(
                "syncOrderPayment", Order, [typeof(NotFoundErrorGraphType), .. ProviderErrors])
            .Description("The buyer, after wx.requestPayment: asks WeChat Pay about a pending order (at most every "
                + $"{SyncOrderPaymentCommand.PollInterval.TotalSeconds:0} s) and settles it; returns the order as it stands.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<SyncOrderPaymentCommand>("input")));

        mutation.MutationField<RequestRefundInputGraphType>(
                "requestRefund",
                RefundFields,
                [
                    typeof(RefundWindowPassedErrorGraphType), typeof(RefundProgressTooHighErrorGraphType),
                    typeof(GiftClaimedNotRefundableErrorGraphType), typeof(RefundRestrictedErrorGraphType), .. RefundErrors,
                ])
            .Description("The buyer: asks for the whole payment back within the refund policy. Access ends when WeChat Pay "
                + "reports the refund succeeded. Refused with REFUND_RESTRICTED while a risk flag holds the buyer's refunds "
                + "(me.restrictions); an operator can still refund.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<RequestRefundCommand>("input")));

        mutation.MutationField<IssueRefundInputGraphType>("issueRefund", RefundFields, RefundErrors)
            .Description("Admins: refunds an order in full or in part, whatever the learner policy says. A full refund "
                + "closes the paid lessons to the buyer once WeChat Pay reports it succeeded.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<IssueRefundCommand>("input")));
    }

    private static void CheckoutFields(ObjectGraphType<MutationPayload> payload)
    {
        payload.Field<OrderGraphType>("order")
            .Description("The order being paid; null when errors is set.")
            .ResolveAsync(async ctx => ctx.Source.Result is CheckoutResult result
                ? await ctx.SendQueryAsync(new GetOrderQuery(result.OrderId))
                : null);
        payload.Field<PaymentParametersGraphType>("payment")
            .Description("What the client does next for the chosen method; null when errors is set.")
            .Resolve(ctx => (ctx.Source.Result as CheckoutResult)?.Payment);
    }

    private static void RefundFields(ObjectGraphType<MutationPayload> payload)
    {
        payload.Field<RefundGraphType>("refund")
            .Description("The refund, processing until WeChat Pay reports on it; null when errors is set.")
            .Resolve(ctx => ctx.Source.Result);
        payload.Field<OrderGraphType>("order")
            .Description("The refunded order as it stands; null when errors is set.")
            .ResolveAsync(async ctx => ctx.Source.Result is RefundDto refund
                ? await ctx.SendQueryAsync(new GetOrderQuery(refund.OrderId))
                : null);
    }
}
