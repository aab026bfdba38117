# Practice Repository: the web app and CLI. Talks to Qdrant at $QDRANT_URL when set.
FROM python:3.11-slim
WORKDIR /app
ENV PIP_NO_CACHE_DIR=1 PYTHONUNBUFFERED=1 REPOSITORY_DATA_DIR=/data REPOSITORY_HOST=0.0.0.0
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu
COPY requirements.lock ./
RUN pip install --no-deps -r requirements.lock
COPY pyproject.toml README.md ./
COPY repository ./repository
RUN pip install --no-deps .
COPY data ./data
EXPOSE 8000
VOLUME ["/data"]
CMD ["repository", "demo"]
