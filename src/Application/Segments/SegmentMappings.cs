using KnowledgePay.Application.Segments.Queries;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Segments;
using Mapster;

namespace KnowledgePay.Application.Segments;

internal sealed class SegmentMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Segment, SegmentDto>();
        config.NewConfig<User, SegmentMemberDto>()
            .Map(d => d.Nickname, s => s.Profile.Nickname)
            .Map(d => d.City, s => s.Profile.City)
            .Map(d => d.AgeBand, s => s.Profile.AgeBand);
    }
}
