using KnowledgePay.Application.Catalog.Queries;
using KnowledgePay.Domain.Catalog;
using Mapster;

namespace KnowledgePay.Application.Catalog;

internal sealed class CatalogMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Course, CourseDto>()
            .Map(d => d.PriceFen, s => s.Price.AmountFen)
            .Map(d => d.Currency, s => s.Price.Currency)
            .Map(d => d.RatingAverage, s => s.Rating.Average)
            .Map(d => d.RatingCount, s => s.Rating.Count);
    }
}
