namespace KnowledgePay.Domain.Referrals;

/// <summary>Who gets a buyer whom several promoters' shares reached while a binding is active.</summary>
public enum Attribution
{
    /// <summary>The first promoter keeps the buyer until the binding expires (锁粉).</summary>
    FirstTouch,

    /// <summary>The latest promoter takes the buyer over.</summary>
    LastTouch,
}
