namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>What a WeChat API answered: a value, or the kind of failure its errcode (or the transport) reported.</summary>
public sealed record WeChatResponse<T>
    where T : class
{
    private WeChatResponse(T? value, WeChatFailure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public WeChatFailure? Failure { get; }

    public static WeChatResponse<T> Ok(T value) => new(value, null);

    public static WeChatResponse<T> Fail(WeChatFailure failure) => new(null, failure);
}

/// <param name="ErrCode">WeChat's errcode, or 0 when the call never got an answer.</param>
public sealed record WeChatFailure(WeChatFailureKind Kind, int ErrCode);

public enum WeChatFailureKind
{
    /// <summary>40029: the code was used, expired or belongs to another app.</summary>
    InvalidCode,

    /// <summary>45011: over WeChat's per-user minute quota.</summary>
    RateLimited,

    /// <summary>40226: WeChat flagged the user as high-risk.</summary>
    Blocked,

    /// <summary>-1 (system busy), or no usable answer (timeout, network, unparsable body).</summary>
    Unavailable,

    /// <summary>Any other errcode: usually our configuration (appid, secret); needs an operator.</summary>
    Rejected,
}
