using KnowledgePay.Application.Offers.Queries;
using KnowledgePay.Domain.Offers;
using Mapster;

namespace KnowledgePay.Application.Offers;

internal sealed class OffersMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Offer, OfferDto>()
            .Map(d => d.ListPriceFen, s => s.ListPrice.AmountFen)
            .Map(d => d.Currency, s => s.ListPrice.Currency)
            .Map(d => d.CoversAllCourses, s => s.Kind == OfferKind.Membership && !s.Courses.Any());
    }
}
