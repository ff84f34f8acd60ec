namespace KnowledgePay.Application.Pricing;

/// <summary>What happens when a cart holds a bundle the buyer already partly owns (<c>Orders:OwnedContent</c>).</summary>
public enum OwnedContentPolicy
{
    /// <summary>The owned courses' share of the bundle's list price is taken off.</summary>
    PriceOut,

    /// <summary>The cart is refused with a typed error.</summary>
    Refuse,
}
