-- One database per service: no service reads another's data (see ARCHITECTURE.md).
-- Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d/).
CREATE DATABASE intake;
CREATE DATABASE verification;
CREATE DATABASE matching;
CREATE DATABASE charity;
CREATE DATABASE gateway;
