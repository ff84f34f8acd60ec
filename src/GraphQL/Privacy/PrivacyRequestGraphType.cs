using GraphQL.Types;
using KnowledgePay.Application.Privacy.Queries;
using KnowledgePay.GraphQL.Catalog;
using KnowledgePay.GraphQL.Conventions;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Privacy;

internal sealed class PrivacyRequestGraphType : ObjectGraphType<PrivacyRequestDto>
{
    public const string TypeName = "PrivacyRequest";

    public PrivacyRequestGraphType()
    {
        Name = TypeName;
        Description = "A user's request to export or erase their personal data, fulfilled later by the privacy work.";
        this.GlobalIdField(Name, r => r.Id);
        Field<NonNullGraphType<IdGraphType>>("userId")
            .Description("The global id of the user who asked.")
            .Resolve(ctx => GlobalId.Encode(CreateCreatorInputGraphType.UserTypeName, ctx.Source.UserId));
        Field(r => r.Kind, type: typeof(NonNullGraphType<PrivacyRequestKindGraphType>)).Description("What was asked for.");
        Field(r => r.Status, type: typeof(NonNullGraphType<PrivacyRequestStatusGraphType>)).Description("Where the request stands.");
        Field(r => r.RequestedAt).Description("When the user asked.");
        Field(r => r.CompletedAt, nullable: true).Description("When the export was delivered or the account erased.");
        Field(r => r.CancelledAt, nullable: true).Description("When the user withdrew the request.");
        Field(r => r.ErasableAt, nullable: true)
            .Description("Account deletions: when the cooling-off ends; until then the user may cancel, from then on the account is erased.");
        Field<DataExportGraphType>("export")
            .Description("A data export's archive once built (the request is then completed); null before, and for deletions.")
            .Resolve(ctx => ctx.Loader<DataExportByRequestIdLoader>().LoadAsync(ctx.Source.Id));
    }
}
