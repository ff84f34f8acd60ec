namespace KnowledgePay.Application.Sharing;

/// <summary>
/// Where a share leads: the course page of the mini program with the share's scene in the query, so a card's path
/// (<c>?id=…&amp;scene=…</c>) and a scanned 小程序码 (WeChat passes <c>?scene=…</c>) reach the page the same way.
/// </summary>
public static class ShareLinks
{
    public const string CoursePage = "pages/course/detail";

    public const string SceneParameter = "scene";

    /// <summary>The host's route serving a share's 小程序码.</summary>
    public const string CodeImageRoute = "/share/{scene}/code.png";

    /// <summary>Scenes are base62, so they need no escaping in a path or query.</summary>
    public static string CodeImagePath(string scene) => $"/share/{scene}/code.png";
}
