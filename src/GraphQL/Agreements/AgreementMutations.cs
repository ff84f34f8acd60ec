using GraphQL;
using GraphQL.Types;
using KnowledgePay.Application.Agreements.Commands.AcceptAgreement;
using KnowledgePay.Application.Agreements.Commands.PublishAgreementVersion;
using KnowledgePay.GraphQL.Conventions.Mutations;

namespace KnowledgePay.GraphQL.Agreements;

/// <summary>Publishing agreement versions (admins) and accepting them (each user for themself).</summary>
internal static class AgreementMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.MutationField<PublishAgreementVersionInputGraphType>(
                "publishAgreementVersion",
                ("agreementVersion", typeof(AgreementVersionGraphType), "The published version; null when errors is set."),
                typeof(AgreementVersionLabelTakenErrorGraphType), typeof(AgreementVersionInvalidErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Admins: publishes a version of the user agreement or privacy policy. Once effective it is the current "
                + "version; when it requires re-acceptance, every user is asked to accept it (me.agreementsToAccept).")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<PublishAgreementVersionCommand>("input")));

        mutation.MutationField<AcceptAgreementInputGraphType>(
                "acceptAgreement",
                ("acceptance", typeof(AgreementAcceptanceGraphType), "The record of the acceptance; null when errors is set."),
                typeof(AgreementVersionNotFoundErrorGraphType), typeof(AgreementVersionSupersededErrorGraphType),
                typeof(AgreementVersionNotYetEffectiveErrorGraphType), typeof(ConflictErrorGraphType))
            .Description("Signed-in users: accept the current version of an agreement; the time, platform and client version are "
                + "kept. Accepting it again returns the first acceptance.")
            .ResolveAsync(ctx => ctx.RunMutationAsync(ctx.GetArgument<AcceptAgreementCommand>("input")));
    }
}
