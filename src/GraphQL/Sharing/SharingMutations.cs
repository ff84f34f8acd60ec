using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Sharing.Commands.CreateShareLink;
using KnowledgePay.Application.Sharing.Commands.OpenSharedLink;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Sharing;

internal static class SharingMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<ShareLinkInputGraphType>(
                "shareLink",
                ("share", typeof(ShareGraphType), "The caller's share of the course; null when errors is set."),
                typeof(NotFoundErrorGraphType),
                typeof(ShareCourseNotPublishedErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Signed-in users: their share of a published course, with the path for a share card and the URL of "
                + "a 小程序码 for a poster. Created once per user and course; asking again returns the same share.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CreateShareLinkCommand>("input")));

        mutation.MutationField<OpenSharedLinkInputGraphType>(
                "openSharedLink",
                ("openedShare", typeof(OpenedShareGraphType), "The course the share leads to; null when errors is set."),
                typeof(ShareNotFoundErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Signed-in users (the mini program signs in silently before it calls this): records a visit through "
                + "someone's share, once per visitor with a count of repeats, and answers the course to open. The sharer "
                + "opening their own share records nothing.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<OpenSharedLinkCommand>("input")));
    }
}
