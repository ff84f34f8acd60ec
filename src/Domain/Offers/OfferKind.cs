namespace KnowledgePay.Domain.Offers;

/// <summary>What an order line sells.</summary>
public enum OfferKind
{
    /// <summary>One course at the catalogue's price; the offer's id is the course's id.</summary>
    Course,

    /// <summary>Several courses at one price (套餐), or a series (专栏) whose later courses reach earlier buyers.</summary>
    Bundle,

    /// <summary>A membership plan (VIP): access for a period to all courses or a chosen set, member prices on the rest.</summary>
    Membership,

    /// <summary>Money for the buyer's balance (余额充值); the offer's id is the wallet top-up's id. Paid only through WeChat Pay.</summary>
    WalletTopUp,
}
