using GraphQL.Types;
using KnowledgePay.Application.Agreements.Queries;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Agreements;

internal sealed class AgreementVersionGraphType : ObjectGraphType<AgreementVersionDto>
{
    public const string TypeName = "AgreementVersion";

    public AgreementVersionGraphType()
    {
        Name = TypeName;
        Description = "A published version of the user agreement or privacy policy; it never changes once published.";
        this.GlobalIdField(TypeName, v => v.Id);
        Field(v => v.Kind, type: typeof(NonNullGraphType<AgreementKindGraphType>)).Description("Which agreement.");
        Field(v => v.VersionLabel).Description("The version's label, unique per agreement (e.g. 2.1).");
        Field(v => v.Title).Description("The title shown to the user.");
        Field(v => v.Body, nullable: true).Description("The full text, when published here rather than at url.");
        Field(v => v.Url, nullable: true).Description("Where the full text is published, when not in body.");
        Field(v => v.EffectiveAt).Description("From when it applies.");
        Field(v => v.RequiresReacceptance)
            .Description("Whether users who accepted an earlier version are asked again (false for a minor wording fix).");
        Field(v => v.PublishedAt).Description("When an admin published it.");
    }
}

internal sealed class AgreementVersionAcceptancesGraphType : ObjectGraphType<AgreementVersionAcceptancesDto>
{
    public AgreementVersionAcceptancesGraphType()
    {
        Name = "AgreementVersionAcceptances";
        Description = "A version of an agreement with how many users accepted it.";
        Field(v => v.Version, type: typeof(NonNullGraphType<AgreementVersionGraphType>)).Description("The version.");
        Field(v => v.IsCurrent).Description("Whether it is the version in effect now.");
        Field(v => v.AcceptanceCount).Description("How many users accepted it.");
    }
}

internal sealed class AgreementAcceptanceGraphType : ObjectGraphType<AgreementAcceptanceDto>
{
    public AgreementAcceptanceGraphType()
    {
        Name = "AgreementAcceptance";
        Description = "The record that the user accepted a version, kept as the evidence of their consent.";
        this.GlobalIdField(Name, a => a.Id);
        Field(a => a.Version, type: typeof(NonNullGraphType<AgreementVersionGraphType>)).Description("The version accepted.");
        Field(a => a.AcceptedAt).Description("When.");
        Field(a => a.Platform, type: typeof(NonNullGraphType<AgreementPlatformGraphType>)).Description("On which platform.");
        Field(a => a.ClientVersion, nullable: true).Description("The WeChat client version, when the mini program gave it.");
    }
}

internal sealed class ConsentChangeGraphType : ObjectGraphType<ConsentChangeDto>
{
    public ConsentChangeGraphType()
    {
        Name = "ConsentChange";
        Description = "One entry of a user's consent history.";
        Field(c => c.Kind, type: typeof(NonNullGraphType<ConsentKindGraphType>)).Description("What the consent is about.");
        Field(c => c.Granted).Description("Granted (true) or withdrawn (false); an agreement acceptance is always true.");
        Field(c => c.Source).Description("Where it was made: the client's source name, or the platform of an acceptance.");
        Field(c => c.At).Description("When.");
        Field(c => c.AgreementVersionLabel, nullable: true).Description("For an acceptance, the version accepted.");
    }
}
