// Test data shared by the seat-sharing tests of service/ and cli/: a made-up
// state whose answer is worked out by hand in seat_share_service_test.cpp.
#pragma once

namespace janadhar::service::testing {

// "ls2019", Uttar Pradesh (S24), 1000 valid votes a seat; BJP wins all four.
inline constexpr char kSeatShareVotes[] =
    "Candidate,Party,Votes,State,Constituency,State-code,Constituency-code\n"
    "A1,Bharatiya Janata Party,450,Uttar Pradesh,Agra,S24,1\n"
    "B1,Samajwadi Party,300,Uttar Pradesh,Agra,S24,1\n"
    "C1,Bahujan Samaj Party,250,Uttar Pradesh,Agra,S24,1\n"
    "A2,Bharatiya Janata Party,400,Uttar Pradesh,Banda,S24,2\n"
    "B2,Samajwadi Party,350,Uttar Pradesh,Banda,S24,2\n"
    "C2,Bahujan Samaj Party,250,Uttar Pradesh,Banda,S24,2\n"
    "A3,Bharatiya Janata Party,400,Uttar Pradesh,Deoria,S24,3\n"
    "C3,Bahujan Samaj Party,380,Uttar Pradesh,Deoria,S24,3\n"
    "B3,Samajwadi Party,220,Uttar Pradesh,Deoria,S24,3\n"
    "A4,Bharatiya Janata Party,430,Uttar Pradesh,Etah,S24,4\n"
    "B4,Samajwadi Party,320,Uttar Pradesh,Etah,S24,4\n"
    "C4,Bahujan Samaj Party,250,Uttar Pradesh,Etah,S24,4\n";

inline constexpr char kSeatShareExact[] =
    "base = \"ls2019\"\n[sigma]\nnational = 0\nstate = 0\nseat = 0\n";

}  // namespace janadhar::service::testing
