using GraphQL.Types;
using KnowledgePay.Application.Sharing;
using KnowledgePay.Application.Sharing.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Sharing;

/// <summary>A share as its sharer sees it (shareLink, myShares): where it leads and what it brought.</summary>
internal sealed class ShareGraphType : ObjectGraphType<ShareDto>
{
    public const string TypeName = "Share";

    public ShareGraphType()
    {
        Name = TypeName;
        Description = "The caller's share of a course: one per course, so every card, link and poster they pass on credits them.";
        this.GlobalIdField(Name, s => s.Id);
        Field<CourseGraphType>("course")
            .Description("The shared course; null once it is no longer listed.")
            .Resolve(ctx => ctx.Loader<CourseByIdLoader>().LoadAsync(ctx.Source.CourseId));
        Field(s => s.Scene).Description("The share's code: the scene of its 小程序码 and of its path; pass it to openSharedLink.");
        Field<NonNullGraphType<StringGraphType>>("path")
            .Description("The mini program path for a share card (wx.shareAppMessage path): the course page with the course id and scene.")
            .Resolve(ctx => Path(ctx.Source));
        Field<NonNullGraphType<StringGraphType>>("posterImageUrl")
            .Description("Where the server serves the share's 小程序码 (an image, relative to the API's origin) for a poster; "
                + "WeChat draws it on the first request.")
            .Resolve(ctx => ctx.Source.CodeImagePath);
        Field(s => s.CreatedAt).Description("When the caller first shared the course.");
        Field<NonNullGraphType<ShareFunnelGraphType>>("funnel")
            .Description("What the share brought so far.")
            .Resolve(ctx => ctx.Loader<ShareFunnelByShareIdLoader>().LoadAsync(ctx.Source.Id));
    }

    /// <summary>Global ids are base64 and the scene base62: only the id needs escaping.</summary>
    private static string Path(ShareDto share) =>
        $"{ShareLinks.CoursePage}?id={Uri.EscapeDataString(GlobalId.Encode(CourseGraphType.TypeName, share.CourseId))}"
        + $"&{ShareLinks.SceneParameter}={share.Scene}";
}

internal sealed class ShareFunnelGraphType : ObjectGraphType<ShareFunnelDto>
{
    public ShareFunnelGraphType()
    {
        Name = "ShareFunnel";
        Description = "Share → visit → purchase: who opened a share and who bought after opening it.";
        this.AddFunnelFields(f => f);
    }
}

internal sealed class ShareStatsGraphType : ObjectGraphType<ShareStatsDto>
{
    public ShareStatsGraphType()
    {
        Name = "ShareStats";
        Description = "The share → visit → purchase funnel of one course or of all the caller manages.";
        Field(s => s.Shares).Description("How many users shared the courses.");
        this.AddFunnelFields(s => s.Funnel);
    }
}
