namespace KnowledgePay.Application.Messaging;

/// <summary>The logical field names the product's messages fill; configuration maps each to a template's WeChat key.</summary>
public static class MessageFields
{
    /// <summary>What it is about: the order's title, the course, the membership plan.</summary>
    public const string Title = "title";

    public const string Amount = "amount";

    public const string Time = "time";

    public const string OrderNo = "orderNo";

    /// <summary>How many bought together (a filled group).</summary>
    public const string Members = "members";

    public const string Note = "note";
}
