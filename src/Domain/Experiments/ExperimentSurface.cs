namespace KnowledgePay.Domain.Experiments;

/// <summary>What an experiment varies.</summary>
public enum ExperimentSurface
{
    /// <summary>The course page's layout; variants carry a payload the mini program reads.</summary>
    CoursePage,

    /// <summary>The price of one offer; variants carry a price that the pricing engine applies.</summary>
    OfferPrice,

    /// <summary>A promotion (banner, coupon prompt); variants carry a payload.</summary>
    Promotion,

    /// <summary>The recommender's algorithm or blend; the server applies the variant's payload when it recommends.</summary>
    Recommender,
}
