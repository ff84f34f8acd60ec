using GraphQL;
using KnowledgePay.Application.PaymentMethods;
using KnowledgePay.Application.PaymentMethods.Queries.GetPurchaseOptions;
using KnowledgePay.GraphQL.Conventions;

namespace KnowledgePay.GraphQL.PaymentMethods;

/// <summary>The viewer's purchase options, asked once per request however many courses, offers and prices show them.</summary>
public sealed class ViewerPurchaseOptions(QueryScope scope)
{
    private readonly Lock _gate = new();
    private Task<PurchaseOptionsDto>? _options;

    public Task<PurchaseOptionsDto> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _options ??= scope.SendAsync(new GetPurchaseOptionsQuery(), cancellationToken);
        }
    }
}

internal static class ViewerPurchaseOptionsExtensions
{
    public static Task<PurchaseOptionsDto> PurchaseOptionsAsync(this IResolveFieldContext context) =>
        QueryScope.Of(context).Helper<ViewerPurchaseOptions>().GetAsync(context.CancellationToken);

    /// <summary><paramref name="price"/>, or null when the viewer's platform hides prices.</summary>
    public static async Task<object?> PriceForViewerAsync(this IResolveFieldContext context, object price) =>
        (await context.PurchaseOptionsAsync()).PricesHidden ? null : price;
}
