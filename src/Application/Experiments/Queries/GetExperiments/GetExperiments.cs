using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Experiments.Queries.GetExperiments;

/// <summary>Admins: every experiment, newest first unless ordered otherwise.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetExperimentsQuery(QueryContext<ExperimentDto> Context) : IQuery<Page<ExperimentDto>>;

internal sealed class GetExperimentsQueryHandler(IApplicationDbContext db) : IQueryHandler<GetExperimentsQuery, Page<ExperimentDto>>
{
    public async ValueTask<Page<ExperimentDto>> Handle(GetExperimentsQuery query, CancellationToken cancellationToken) =>
        await db.Experiments.AsNoTracking().ToPageAsync(
            query.Context, ExperimentQuerySchema.Filter, ExperimentQuerySchema.Sort, ExperimentQuerySchema.DefaultOrder, cancellationToken);
}
