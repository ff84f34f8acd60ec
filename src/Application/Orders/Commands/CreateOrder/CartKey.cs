using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;

namespace KnowledgePay.Application.Orders.Commands.CreateOrder;

/// <summary>What a cart holds regardless of line order: two requests with the same key ask for the same order.</summary>
internal static class CartKey
{
    public static string Of(IEnumerable<LineRequest> lines) =>
        Of(lines.Select(l => (l.CourseId is not null, l.CourseId ?? l.OfferId!.Value, l.IsGift)));

    public static string Of(Order order) => Of(order.Lines.Select(l => (l.Kind == OfferKind.Course, l.OfferId, l.IsGift)));

    private static string Of(IEnumerable<(bool IsCourse, Guid Id, bool IsGift)> lines) =>
        string.Join(';', lines.Select(l => $"{(l.IsCourse ? "course" : "offer")}:{l.Id}:{(l.IsGift ? "gift" : "own")}").Order(StringComparer.Ordinal));
}
