using GraphQL.Types;
using KnowledgePay.Application.Agreements.Commands.AcceptAgreement;
using KnowledgePay.Application.Agreements.Commands.PublishAgreementVersion;
using KnowledgePay.Domain.Agreements;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Agreements;

internal sealed class PublishAgreementVersionInputGraphType : InputObjectGraphType<PublishAgreementVersionCommand>
{
    public PublishAgreementVersionInputGraphType()
    {
        Name = "PublishAgreementVersionInput";
        Description = "A new version of an agreement: give body or url, not both.";
        Field(c => c.Kind, type: typeof(NonNullGraphType<AgreementKindGraphType>)).Description("Which agreement.");
        Field(c => c.VersionLabel).Description($"1 to {AgreementLimits.VersionLabelLength} characters, unique per agreement.");
        Field(c => c.Title).Description($"1 to {AgreementLimits.TitleLength} characters.");
        Field(c => c.Body, nullable: true).Description($"The full text, at most {AgreementLimits.BodyLength} characters.");
        Field(c => c.Url, nullable: true).Description("Where the full text is published: an absolute https URL.");
        Field(c => c.EffectiveAt, nullable: true).Description("From when it applies; now when left out, never earlier.");
        Field(c => c.RequiresReacceptance).DefaultValue(true)
            .Description("Whether users who accepted an earlier version must accept this one (false for a minor wording fix).");
    }
}

internal sealed class AcceptAgreementInputGraphType : InputObjectGraphType<AcceptAgreementCommand>
{
    public AcceptAgreementInputGraphType()
    {
        Name = "AcceptAgreementInput";
        this.IdField("versionId", AgreementVersionGraphType.TypeName).Description("The version in effect, as agreements lists it.");
        Field(c => c.Platform, type: typeof(NonNullGraphType<AgreementPlatformGraphType>)).Description("Where the user accepted.");
        Field(c => c.ClientVersion, nullable: true)
            .Description($"wx.getAppBaseInfo().version, at most {AgreementLimits.ClientVersionLength} characters.");
    }
}
