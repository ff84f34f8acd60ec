using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Privacy.Commands.CancelAccountDeletion;
using KnowledgePay.Application.Privacy.Commands.CreateDataExportLink;
using KnowledgePay.Application.Privacy.Commands.RequestAccountDeletion;
using KnowledgePay.Application.Privacy.Commands.RequestDataExport;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Privacy;

/// <summary>The signed-in user asks for their data or for their account's erasure; the privacy work fulfils it later.</summary>
internal static class PrivacyMutations
{
    private static readonly (string, Type, string) Request =
        ("privacyRequest", typeof(PrivacyRequestGraphType), "The request as it stands after the call; null when errors is set.");

    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField("requestDataExport", Request, typeof(PrivacyRequestAlreadyPendingErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Signed-in users: asks for a copy of their personal data, built in the background; the request completes "
                + "when it is ready (privacyRequest.export), and a subscription message tells them where granted.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(new RequestDataExportCommand()));

        mutation.MutationField(
                "requestAccountDeletion", Request, typeof(PrivacyRequestAlreadyPendingErrorGraphType), typeof(LastAdminErrorGraphType),
                typeof(ConflictErrorGraphType))
            .Description("Signed-in users: asks for their account to be erased once the cooling-off period is over "
                + "(erasableAt); cancellable until then. The last admin may not.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(new RequestAccountDeletionCommand()));

        mutation.MutationField(
                "cancelAccountDeletion", Request, typeof(NoPendingAccountDeletionErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Signed-in users: withdraws their pending account deletion.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(new CancelAccountDeletionCommand()));

        mutation.MutationField<CreateDataExportLinkInputGraphType>(
                "createDataExportLink",
                ("link", typeof(DataExportLinkGraphType), "The download link; null when errors is set."),
                typeof(DataExportNotFoundErrorGraphType), typeof(DataExportAlreadyDownloadedErrorGraphType), typeof(DataExportExpiredErrorGraphType))
            .Description("Signed-in users: a one-time, short-lived download link for their own ready data export.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<CreateDataExportLinkCommand>("input")));
    }
}
