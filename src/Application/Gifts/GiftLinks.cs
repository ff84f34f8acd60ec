namespace KnowledgePay.Application.Gifts;

/// <summary>Where the mini program opens a gift: its claim page, with the code in the query string.</summary>
public static class GiftLinks
{
    public const string ClaimPage = "pages/gift/claim";

    /// <summary>Claim codes are base64url, so they need no escaping in a query string.</summary>
    public static string SharePath(string claimCode) => $"{ClaimPage}?code={claimCode}";
}
