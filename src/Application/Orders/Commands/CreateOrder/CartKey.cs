using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders.Commands.CreateOrder;

/// <summary>
/// What a cart holds regardless of line order: two requests with the same key ask for the same order. A line bought in a
/// group differs from the same line bought alone.
/// </summary>
internal static class CartKey
{
    public static string Of(IEnumerable<LineRequest> lines, bool inGroup) =>
        Of(lines.Select(l => (l.CourseId is not null, l.CourseId ?? l.OfferId!.Value, l.IsGift, inGroup)));

    public static string Of(Order order) =>
        Of(order.Lines.Select(l => (l.Kind == OfferKind.Course, l.OfferId, l.IsGift, l.GroupBuyId is not null)));

    private static string Of(IEnumerable<(bool IsCourse, Guid Id, bool IsGift, bool InGroup)> lines) =>
        string.Join(
            ';',
            lines.Select(l => $"{(l.IsCourse ? "course" : "offer")}:{l.Id}:{(l.IsGift ? "gift" : "own")}{(l.InGroup ? ":group" : "")}")
                .Order(StringComparer.Ordinal));
}
