namespace KnowledgePay.Domain.Moderation;

/// <summary>
/// Where the text appears, as WeChat's msgSecCheck v2 <c>scene</c> names it
/// (https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_msgseccheck.html): the check is
/// stricter for some scenes. The numbers are WeChat's.
/// </summary>
public enum ContentScene
{
    /// <summary>资料: a nickname or other profile text.</summary>
    Profile = 1,

    /// <summary>评论: reviews, comments and their replies.</summary>
    Comment = 2,

    /// <summary>论坛.</summary>
    Forum = 3,

    /// <summary>社交日志.</summary>
    SocialLog = 4,
}
