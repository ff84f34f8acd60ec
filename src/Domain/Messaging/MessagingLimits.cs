namespace KnowledgePay.Domain.Messaging;

public static class MessagingLimits
{
    /// <summary>WeChat template ids are 43 characters; room for longer ones.</summary>
    public const int TemplateIdLength = 128;

    public const int PageLength = 256;

    public const int DedupeKeyLength = 200;

    /// <summary>The logical values of one message as JSON.</summary>
    public const int ValuesLength = 4000;

    public const int MsgIdLength = 64;

    /// <summary>wx.requestSubscribeMessage takes at most 3 template ids at a time; a report carries at most a few results.</summary>
    public const int MaxResultsPerReport = 10;
}
