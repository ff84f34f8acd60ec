using GraphQL.Types;
using KnowledgePay.Application.Privacy.Export;
using KnowledgePay.Application.Privacy.Queries;

namespace KnowledgePay.GraphQL.Privacy;

internal sealed class DataExportGraphType : ObjectGraphType<DataExportDto>
{
    public DataExportGraphType()
    {
        Name = "DataExport";
        Description = "The archive that answered a data export request: downloadable once, by its user alone, until it expires.";
        Field(e => e.CreatedAt).Description("When it was built.");
        Field(e => e.ExpiresAt).Description("Until when it can be downloaded; the archive is deleted after.");
        Field(e => e.DownloadedAt, nullable: true).Description("When it was downloaded; it cannot be again.");
        Field<NonNullGraphType<BooleanGraphType>>("downloadable")
            .Description("Whether createDataExportLink would give a link now: not downloaded, not deleted, not expired.")
            .Resolve(ctx => ctx.Source is { DownloadedAt: null, PurgedAt: null }
                && ctx.Source.ExpiresAt > ctx.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow());
    }
}

internal sealed class DataExportLinkGraphType : ObjectGraphType<DataExportLink>
{
    public DataExportLinkGraphType()
    {
        Name = "DataExportLink";
        Description = "A one-time download link for the caller alone: GET it with the caller's bearer token before expiresAt.";
        Field(l => l.Url).Description("Relative to the API's origin; answers application/zip.");
        Field(l => l.ExpiresAt).Description("When the link stops working (the export itself may last longer).");
    }
}
